# CivicAction: build and run the web app on an embedded SQLite file.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig CivicAction.sln ./
COPY src/ src/
RUN dotnet publish src/CivicAction.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ seeds/
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__Path=/data/civicaction.db \
    Seeds__Path=/app/seeds
RUN mkdir -p /data && chown $APP_UID /data
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "CivicAction.dll"]
